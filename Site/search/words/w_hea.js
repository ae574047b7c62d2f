BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,f,k,2x,1k,3",
"headed":"7h",
"headquarters":"79",
"heads":"7d",
"health":"2c,49,o;6l"
});
