BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"4w,r,1r,3;4w,r"
});
