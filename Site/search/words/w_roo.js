BRIEFINGS_SEARCH_WORDS("roo",{
"rooms":"83"
});
