BRIEFINGS_SEARCH_WORDS("alw",{
"always":"6p,l;6p"
});
