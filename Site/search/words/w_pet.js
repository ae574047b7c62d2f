BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"77",
"petrole":"2,p,1h,1q,3p;r",
"petroliere":"r",
"petrolieres":"7n",
"petroliers":"1v,d,5f",
"petsas":"2q,3p,w;2q,3p"
});
