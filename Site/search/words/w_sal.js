BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,q,u,z,k,d,1y,2,h,4,8,4,1;19,33,2b,n",
"saleh":"5,g,1;5",
"salue":"3r,1b,6,28,7;3r,1b,6"
});
