BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"7a",
"stelios":"2r,3p,v;2r",
"stephane":"2s,2u,13,l,4;2s,3x",
"stephanie":"1z,u,i,20,1v,4,5;2t",
"stepped":"5i,1w",
"stepping":"6n,n;6n"
});
