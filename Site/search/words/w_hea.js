BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,34,1r,3;5w",
"headed":"7u",
"headquarters":"7m",
"heads":"7q",
"health":"2b,4n,o;6y"
});
