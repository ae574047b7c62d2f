BRIEFINGS_SEARCH_WORDS("alw",{
"always":"72,l;72"
});
