BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,f,k,2y,1k,3;5r",
"headed":"7i",
"headquarters":"7a",
"heads":"7e",
"health":"2c,4b,n;6n"
});
