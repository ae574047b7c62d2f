BRIEFINGS_SEARCH_WORDS("doh",{
"doha":"2g"
});
