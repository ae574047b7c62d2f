BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6q,x;6q",
"illicit":"7i"
});
