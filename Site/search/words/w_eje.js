BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6r,u;6r"
});
