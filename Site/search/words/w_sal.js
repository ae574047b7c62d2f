BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,13,g,10,3,1,k,6,7,1d,p,2,1,2,g,4,8,4,1;19,2n,k,6,1k,r,1,2,k",
"saleh":"5,g,1;5",
"salue":"3r,1f,7,2d,7;3r,1f,7"
});
