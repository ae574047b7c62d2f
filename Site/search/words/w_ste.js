BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"3v,3p",
"stelios":"2q,3z,w;2q,3z",
"stephane":"2r,2y,16,5,k,4;2r,44",
"stephanie":"2c,g,i,25,t,q,i,4,5;2s,2n,t,q",
"stepped":"5t,1v",
"stepping":"6x,n;6x"
});
