BRIEFINGS_SEARCH_WORDS("sir",{
"sirte":"2"
});
