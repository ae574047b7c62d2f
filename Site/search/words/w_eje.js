BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6s,u;6s"
});
