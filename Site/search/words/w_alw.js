BRIEFINGS_SEARCH_WORDS("alw",{
"always":"70,k;70"
});
