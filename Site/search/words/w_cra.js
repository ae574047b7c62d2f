BRIEFINGS_SEARCH_WORDS("cra",{
"craft":"1n,6;1t",
"craignant":"58,2l",
"craignent":"7k"
});
