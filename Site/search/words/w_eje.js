BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"7w"
});
