BRIEFINGS_SEARCH_WORDS("auq",{
"auquel":"2j"
});
