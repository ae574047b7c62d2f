BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,13,g,z,k,d,1y,2,h,4,8,4,1;19,32,2b,n",
"saleh":"5,g,1;5",
"salue":"3q,1b,7,27,7;3q,1b,7"
});
