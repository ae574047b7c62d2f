BRIEFINGS_SEARCH_WORDS("fat",{
"fathi":"13;13",
"fattah":"3,85;3"
});
