BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"7c",
"stelios":"2q,3r,w;2q,3r",
"stephane":"2r,2u,12,4,l,4;2r,3w",
"stephanie":"2c,g,i,20,1y,4,5;2s",
"stepped":"5h,1z",
"stepping":"6p,n;6p"
});
