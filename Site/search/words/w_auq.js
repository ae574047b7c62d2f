BRIEFINGS_SEARCH_WORDS("auq",{
"auquel":"2i"
});
