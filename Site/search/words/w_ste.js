BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"3v,2,3q;3x",
"stelios":"2q,41,x;2q,41",
"stephane":"2r,2z,17,5,l,4;2r,46",
"stephanie":"2c,g,i,26,u,q,j,4,5;2s,2o,u,q",
"stepped":"5u,1x",
"stepping":"6z,o;6z"
});
