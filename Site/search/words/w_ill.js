BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6f,v",
"illicit":"75"
});
