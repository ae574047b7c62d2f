BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,13,g,10,3,1,1,k,6,7,1e,p,2,1,2,h,4,8,4,1;19,2n,1,k,6,1l,r,1,2,l",
"saleh":"5,g,1;5",
"salue":"3r,1g,7,2f,7;3r,1g,7"
});
