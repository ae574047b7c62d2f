BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,1a,10,3r,11,3;6t,14",
"urgent":"6w,11",
"urging":"59,2q"
});
