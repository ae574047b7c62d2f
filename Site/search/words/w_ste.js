BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"3v,3q",
"stelios":"2q,40,w;2q,40",
"stephane":"2r,2z,16,5,k,4;2r,45",
"stephanie":"2c,g,i,26,t,q,i,4,5;2s,2o,t,q",
"stepped":"5u,1v",
"stepping":"6y,n;6y"
});
