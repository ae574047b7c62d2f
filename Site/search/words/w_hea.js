BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,34,1q,3;5w",
"headed":"7t",
"headquarters":"7l",
"heads":"7p",
"health":"2b,4n,n;6y"
});
