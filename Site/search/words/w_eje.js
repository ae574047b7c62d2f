BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6j,u;6j"
});
