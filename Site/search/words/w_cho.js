BRIEFINGS_SEARCH_WORDS("cho",{
"choigou":"2n,q,4a;2n",
"choisi":"38",
"choughour":"1,36"
});
