BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"7a",
"stelios":"2q,3p,w;2q,3p",
"stephane":"2r,2r,13,4,l,4;2r,3u",
"stephanie":"2c,g,i,1y,1y,4,5;2s,2g",
"stepped":"5m,1s",
"stepping":"6n,n;6n"
});
