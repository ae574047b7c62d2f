BRIEFINGS_SEARCH_WORDS("bos",{
"boss":"g"
});
