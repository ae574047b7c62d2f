BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"3v,3r",
"stelios":"2q,40,x;2q,40",
"stephane":"2r,2z,16,5,l,4;2r,45",
"stephanie":"2c,g,i,26,t,q,j,4,5;2s,2o,t,q",
"stepped":"5u,1w",
"stepping":"6y,o;6y"
});
