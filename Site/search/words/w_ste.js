BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"79",
"stelios":"2r,3o,v;2r",
"stephane":"2s,2t,12,m,4;2s,3v",
"stephanie":"1z,u,i,1z,1v,4,5;2t,2h",
"stepped":"5h,1w",
"stepping":"6l,o;6l"
});
