BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"79",
"stelios":"2q,3p,v;2q",
"stephane":"2r,2u,13,l,4;2r,3x",
"stephanie":"2c,g,i,20,1v,4,5;2s",
"stepped":"5h,1w",
"stepping":"6m,n;6m"
});
