BRIEFINGS_SEARCH_WORDS("irg",{
"irgc":"1l"
});
