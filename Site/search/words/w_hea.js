BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,34,1s,3;5w",
"headed":"7v",
"headquarters":"7n",
"heads":"7r",
"health":"2b,4o,o;6z"
});
