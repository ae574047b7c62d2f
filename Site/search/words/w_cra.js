BRIEFINGS_SEARCH_WORDS("cra",{
"craft":"1n,6;1t",
"craignant":"50,2g",
"craignent":"77"
});
