BRIEFINGS_SEARCH_WORDS("mua",{
"muallem":"36"
});
