BRIEFINGS_SEARCH_WORDS("exs",{
"exsangue":"3w"
});
