BRIEFINGS_SEARCH_WORDS("fat",{
"fathi":"13;13",
"fattah":"3,7j;3"
});
