BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6q,x",
"illicit":"7i"
});
