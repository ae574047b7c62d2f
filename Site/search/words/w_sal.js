BRIEFINGS_SEARCH_WORDS("sal",{
"salafistes":"h",
"salah":"5",
"salame":"2,17,13,g,z,k,d,1z,2,2,h,4,8,4,1;19,32,2e,2,l",
"saleh":"5,g,1;5",
"salue":"3q,1c,6,2a,7;3q,1c,6"
});
