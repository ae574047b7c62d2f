BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,q,u,1l,k,c,1x,2,i,4,8,4,1;19,3p,29,o",
"saleh":"5,g,1;5",
"salue":"4d,1a,6,28,7;4d,1a,6"
});
