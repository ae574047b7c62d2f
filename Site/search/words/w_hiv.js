BRIEFINGS_SEARCH_WORDS("hiv",{
"hiver":"2b"
});
