BRIEFINGS_SEARCH_WORDS("251",{
"2510":"2,q,1s,k,t,1p,2e,1;5m"
});
