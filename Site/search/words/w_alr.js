BRIEFINGS_SEARCH_WORDS("alr",{
"already":"4w,r,1r,3,3,2;4w,r,1z"
});
