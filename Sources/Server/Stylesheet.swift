/// The one stylesheet: system fonts, no images, readable at 320 px, a focus ring you can see,
/// and a print style for handouts. Served from this origin so the CSP can forbid everything else.
enum Stylesheet {
    /// Versioned, so it can be cached for good; change the name when the CSS changes.
    static let path = "/stijl-3.css"

    static let css = """
        *,*::before,*::after{box-sizing:border-box}
        html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#fff;-webkit-text-size-adjust:100%}
        body{margin:0 auto;max-width:44rem;padding:0 1rem 2rem;overflow-wrap:anywhere}
        a{color:#0645ad}
        a:visited{color:#5a2a82}
        :focus-visible{outline:3px solid #d4351c;outline-offset:2px}
        a:focus-visible,button:focus-visible{background:#ffdd00;color:#000}
        .skip{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .skip:focus{position:static;width:auto;height:auto;clip-path:none;display:block;padding:.5rem;background:#ffdd00;color:#000}
        header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem;border-bottom:2px solid #1a1a1a;margin-bottom:1rem}
        .site{margin:.75rem 0;font-weight:700;font-size:1.15rem}
        .site a{color:#1a1a1a;text-decoration:none}
        header ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .9rem}
        nav.taal{font-size:.95rem}
        form.zoek .rij.plek{grid-template-columns:minmax(0,2fr) minmax(0,1fr)}
        form.zoek.met-resultaten .hint{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        nav.taal a[aria-current]{color:#1a1a1a;font-weight:700;text-decoration:none}
        .crisis-kort{margin:0;padding:.4rem 1rem;background:#d4351c;color:#fff;font-weight:700}
        .crisis-kort a{color:#fff}
        .aanbod{margin:.5rem 0;font-size:1.05rem}
        .uitleg ul{margin:.25rem 0;padding-inline-start:1.25rem}
        .nl .label{font-weight:700}
        .picto{flex:none;vertical-align:middle;margin-inline-end:.35rem}
        .met-picto{display:inline-flex;align-items:center}
        ul.soorten{list-style:none;margin:0;padding:0}
        ul.acties{list-style:none;margin:.75rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
        a.actie{display:inline-flex;align-items:center;min-height:3rem;padding:.5rem 1rem;border:2px solid #0645ad;border-radius:.25rem;font-weight:700;font-size:1.1rem;text-decoration:none}
        h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .75rem}
        h2{font-size:1.3rem;line-height:1.3;margin:1.75rem 0 .5rem}
        h3{font-size:1.1rem;line-height:1.3;margin:0 0 .25rem}
        form.zoek{background:#f3f2f1;padding:.75rem 1rem;margin:0 0 1rem}
        label,legend{display:block;font-weight:700}
        .hint{display:block;color:#505a5f;font-size:.95rem}
        input,select,textarea,button{font:inherit;font-size:1rem;max-width:100%}
        input[type=search],input[type=text],select,textarea{width:100%;padding:.4rem;border:2px solid #1a1a1a;border-radius:0;background:#fff}
        input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin:0 .5rem 0 0;vertical-align:middle}
        .keuze{padding:.3rem 0}
        .keuze label{display:inline;font-weight:400}
        .veld{margin:0 0 .75rem}
        .rij{display:grid;gap:0 1rem;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));align-items:end}
        details.keuzes{margin:0 0 .75rem}
        details.keuzes summary{cursor:pointer;font-weight:700;color:#0645ad;text-decoration:underline;padding:.25rem 0;margin-bottom:.5rem}
        fieldset{border:0;padding:0;margin:0 0 .75rem}
        button{padding:.5rem 1.25rem;border:2px solid #00703c;background:#00703c;color:#fff;font-weight:700;cursor:pointer}
        ol.hits,ul.hits{list-style:none;padding:0;margin:0}
        .hit{border-top:1px solid #b1b4b6;padding:.75rem 0}
        .hit p{margin:.2rem 0}
        .waar,.meta{color:#505a5f;font-size:.95rem}
        .oud{color:#942514;font-weight:700}
        .melding{font-size:.95rem}
        nav.paginas ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
        .crisis{border:3px solid #d4351c;padding:0 1rem;margin:2rem 0 1rem}
        .crisis h2{margin-top:.75rem}
        .crisis ul{padding-inline-start:1.25rem}
        .fout{border-inline-start:5px solid #d4351c;padding:.25rem .75rem;margin:0 0 1rem;background:#fdf0ee}
        .goed{border-inline-start:5px solid #00703c;padding:.25rem .75rem;background:#eef7f2}
        dl{margin:0}
        dt{font-weight:700;margin-top:.5rem}
        dd{margin:0}
        .hp{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        footer{border-top:1px solid #b1b4b6;margin-top:2rem;color:#505a5f;font-size:.9rem}
        .lijstje input[type=checkbox]{width:1.5rem;height:1.5rem;vertical-align:middle;margin-right:.5rem}
        ol.lijst>li{margin-bottom:1.5rem;padding-bottom:1rem;border-bottom:1px solid #b1b4b6}
        ol.lijst h3{font-size:1rem;margin:.75rem 0 .25rem}
        figure.qr{margin:1.5rem 0;text-align:center}figure.qr svg{display:block;margin:0 auto .5rem}
        dl.verwijzer{border-left:4px solid #1d70b8;padding-left:.75rem}
        @media print{header nav,.skip,footer,.noprint{display:none}body{max-width:none;font-size:12pt}a{color:#000;text-decoration:none}.crisis{border-width:2px}ol.lijst>li{break-inside:avoid}figure.qr{break-inside:avoid}}
        """
}
