/**
 * SPDX license identifiers: the licenses seen in container images and their base distributions,
 * not the whole SPDX list. Anything else can be written as `LicenseRef-<name>`.
 */
const IDS =
  '0BSD AAL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0 AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later ' +
  'Apache-1.0 Apache-1.1 Apache-2.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 Artistic-1.0 Artistic-1.0-Perl Artistic-1.0-cl8 Artistic-2.0 ' +
  'BitTorrent-1.0 BitTorrent-1.1 BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Patent BSD-2-Clause-Views BSD-3-Clause ' +
  'BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Nuclear-License ' +
  'BSD-3-Clause-Open-MPI BSD-4-Clause BSD-4-Clause-UC BSD-Protection BSD-Source-Code BSL-1.0 BUSL-1.1 bzip2-1.0.6 ' +
  'CAL-1.0 CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0 CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-ND-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 ' +
  'CC-BY-SA-3.0 CC-BY-SA-4.0 CC-PDDC CC0-1.0 CDDL-1.0 CDDL-1.1 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 CECILL-2.0 ' +
  'CECILL-2.1 CECILL-B CECILL-C CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 ClArtistic CNRI-Python CPAL-1.0 CPL-1.0 CUA-OPL-1.0 curl ' +
  'ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 Elastic-2.0 Entessa EPL-1.0 EPL-2.0 ErlPL-1.1 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2 Fair Frameworx-1.0 ' +
  'FreeBSD-DOC FSFAP FSFUL FSFULLR FTL GFDL-1.1 GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2 GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3 ' +
  'GFDL-1.3-only GFDL-1.3-or-later GPL-1.0 GPL-1.0+ GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0+ GPL-2.0-only GPL-2.0-or-later ' +
  'GPL-2.0-with-classpath-exception GPL-3.0 GPL-3.0+ GPL-3.0-only GPL-3.0-or-later GPL-3.0-with-GCC-exception HPND HPND-sell-variant ' +
  'ICU IJG Imlib2 Info-ZIP Intel IPA IPL-1.0 ISC JasPer-2.0 JSON LAL-1.2 LAL-1.3 LGPL-2.0 LGPL-2.0+ LGPL-2.0-only LGPL-2.0-or-later ' +
  'LGPL-2.1 LGPL-2.1+ LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0+ LGPL-3.0-only LGPL-3.0-or-later LGPLLR Libpng libpng-2.0 ' +
  'libtiff LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Linux-OpenIB LPL-1.0 LPL-1.02 LPPL-1.3c MirOS MIT MIT-0 MIT-CMU MIT-Modern-Variant ' +
  'MIT-advertising MIT-enna MIT-feh MITNFA Motosoto MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-PL MS-RL MulanPSL-1.0 ' +
  'MulanPSL-2.0 Multics NASA-1.3 Naumen NCSA NGPL Nokia NPL-1.0 NPL-1.1 NPOSL-3.0 NTP OCLC-2.0 ODbL-1.0 ODC-By-1.0 OFL-1.0 OFL-1.1 ' +
  'OGTSL OLDAP-2.8 OpenSSL OPL-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0 PDDL-1.0 PHP-3.0 PHP-3.01 PostgreSQL PSF-2.0 ' +
  'Python-2.0 Python-2.0.1 QPL-1.0 RPL-1.1 RPL-1.5 RPSL-1.0 RSCPL Ruby SGI-B-2.0 SimPL-2.0 SISSL Sleepycat SMLNJ SPL-1.0 SSPL-1.0 ' +
  'UCL-1.0 Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unlicense UPL-1.0 Vim VSL-1.0 W3C W3C-20150513 Watcom-1.0 WTFPL X11 XFree86-1.1 ' +
  'Xnet YPL-1.1 Zend-2.0 Zlib zlib-acknowledgement ZPL-1.1 ZPL-2.0 ZPL-2.1';

const EXCEPTIONS =
  'Autoconf-exception-2.0 Autoconf-exception-3.0 Bison-exception-2.2 Classpath-exception-2.0 FLTK-exception GCC-exception-2.0 ' +
  'GCC-exception-3.1 LLVM-exception OpenJDK-assembly-exception-1.0 openvpn-openssl-exception Qt-GPL-exception-1.0 Qt-LGPL-exception-1.1 ' +
  'u-boot-exception-2.0 WxWindows-exception-3.1';

const LICENSES = new Set(IDS.split(' ').map((id) => id.toLowerCase()));
const LICENSE_EXCEPTIONS = new Set(EXCEPTIONS.split(' ').map((id) => id.toLowerCase()));

function isLicenseId(token: string): boolean {
  const id = token.endsWith('+') ? token.slice(0, -1) : token;
  return LICENSES.has(id.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id);
}

/** Whether `text` is an SPDX license expression: ids joined by AND/OR, `WITH` exceptions, parentheses. */
export function isSpdxExpression(text: string): boolean {
  const tokens = text.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return false;
  let depth = 0;
  let expectOperand = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (expectOperand) {
      if (t === '(') depth++;
      else if (isLicenseId(t)) {
        expectOperand = false;
        if (tokens[i + 1]?.toUpperCase() === 'WITH') {
          if (!LICENSE_EXCEPTIONS.has((tokens[i + 2] ?? '').toLowerCase())) return false;
          i += 2;
        }
      } else return false;
    } else if (t === ')') {
      if (--depth < 0) return false;
    } else if (t.toUpperCase() === 'AND' || t.toUpperCase() === 'OR') expectOperand = true;
    else return false;
  }
  return !expectOperand && depth === 0;
}
